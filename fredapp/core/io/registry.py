"""The kinds of data FredApp imports and exports, and the two entry points for both.

Each kind lives in its own module and knows only its columns; the file format is
:mod:`fredapp.core.io.formats`' business. Adding a kind is one module and one line in
:data:`KINDS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fredapp.core.db import Database
from fredapp.core.errors import ImportExportError
from fredapp.core.io import checklist, measures, sickleave
from fredapp.core.service import DataService

Exporter = Callable[[Database, Path], int]
Importer = Callable[[DataService, Path], int]


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
        Kind("sickleave", export=sickleave.export_sickleave, import_=sickleave.import_sickleave),
        Kind(
            "checklist",
            export=checklist.export_checklists,
            import_=checklist.import_checklists,
        ),
    )
}


def export_kind(database: Database, kind: str, path: str | Path) -> int:
    """Export every record of ``kind`` to ``path`` (.csv or .xlsx); return the rows written."""
    exporter = _kind(kind).export
    if exporter is None:
        raise ImportExportError(f"'{kind}' cannot be exported")
    return exporter(database, Path(path))


def import_kind(service: DataService, kind: str, path: str | Path) -> int:
    """Import ``path`` as ``kind`` through the service (so edits sync and undo); return the rows."""
    importer = _kind(kind).import_
    if importer is None:
        raise ImportExportError(f"'{kind}' cannot be imported")
    return importer(service, Path(path))


def _kind(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        known = ", ".join(sorted(KINDS))
        raise ImportExportError(f"unknown kind '{name}'; known kinds: {known}") from None
