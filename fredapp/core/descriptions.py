"""Function and role descriptions with every saved version kept.

A :class:`~fredapp.core.models.Description` holds the current text; each save also writes a
:class:`~fredapp.core.models.DescriptionVersion` with its author and time. Autosave calls
:func:`plan_save` often: while the same author keeps editing within a few minutes the latest
version is brought up to date instead of adding one per pause. Restoring an old version saves
its text as a new version, so nothing is ever lost. All writes are planned service changes.
"""

from __future__ import annotations

import datetime as dt
import difflib
import html
import uuid
from dataclasses import dataclass
from html.parser import HTMLParser

from sqlmodel import col, func, select

from fredapp.core.db import Database
from fredapp.core.errors import ValidationError
from fredapp.core.messages import QT_TR_NOOP
from fredapp.core.models import (
    Description,
    DescriptionKind,
    DescriptionVersion,
    Role,
    Scenario,
    Unit,
)
from fredapp.core.service import Change, DataService
from fredapp.core.tree import UnitTree

EDIT_SESSION = dt.timedelta(minutes=5)


# -- reading --------------------------------------------------------------------------------


def function_description(database: Database, lineage_id: uuid.UUID) -> Description | None:
    with database.session() as session:
        query = select(Description).where(
            col(Description.kind) == DescriptionKind.FUNCTION.value,
            col(Description.unit_lineage_id) == lineage_id,
            col(Description.deleted).is_(False),
        )
        return session.exec(query.order_by(col(Description.stamp))).first()


def role_description(database: Database, role_id: uuid.UUID) -> Description | None:
    with database.session() as session:
        query = select(Description).where(
            col(Description.kind) == DescriptionKind.ROLE.value,
            col(Description.role_id) == role_id,
            col(Description.deleted).is_(False),
        )
        return session.exec(query.order_by(col(Description.stamp))).first()


def get(database: Database, description_id: uuid.UUID) -> Description | None:
    with database.session() as session:
        return session.get(Description, description_id)


def versions(database: Database, description_id: uuid.UUID) -> list[DescriptionVersion]:
    """Every saved version, newest first."""
    with database.session() as session:
        query = (
            select(DescriptionVersion)
            .where(
                col(DescriptionVersion.description_id) == description_id,
                col(DescriptionVersion.deleted).is_(False),
            )
            .order_by(col(DescriptionVersion.version_no).desc())
        )
        return list(session.exec(query))


def roles(database: Database) -> list[Role]:
    with database.session() as session:
        query = select(Role).where(col(Role.deleted).is_(False)).order_by(col(Role.title))
        return list(session.exec(query))


# -- writing --------------------------------------------------------------------------------


def plan_function_description(
    service: DataService, lineage_id: uuid.UUID, unit_name: str, body_html: str = ""
) -> Change:
    return service.plan_create(
        Description,
        label=QT_TR_NOOP("new function description"),
        kind=DescriptionKind.FUNCTION.value,
        unit_lineage_id=lineage_id,
        title=f"Funksjonsbeskrivelse: {unit_name}",
        body_html=body_html,
    )


def plan_role_description(
    service: DataService, role_id: uuid.UUID, title: str, body_html: str = ""
) -> Change:
    return service.plan_create(
        Description,
        label=QT_TR_NOOP("new role description"),
        kind=DescriptionKind.ROLE.value,
        role_id=role_id,
        title=f"Rollebeskrivelse: {title}",
        body_html=body_html,
    )


def plan_save(
    service: DataService,
    description_id: uuid.UUID,
    body_html: str,
    *,
    now: dt.datetime | None = None,
    new_version: bool = False,
    since: dt.datetime | None = None,
) -> list[Change]:
    """The changes that save ``body_html`` as the description's text; [] when nothing changed.

    Without ``new_version`` a save by the same author within :data:`EDIT_SESSION` of the
    latest version updates that version (autosave); otherwise a version is added. ``since``
    is when the editor opened the description or last saved a version on request: a version
    saved before it is kept as it is, so each visit that changes the text leaves a version
    of its own, and "Save version" closes one.
    """
    now = now or dt.datetime.now(dt.UTC)
    with service.database.session() as session:
        description = session.get(Description, description_id)
        if description is None or description.deleted:
            raise ValidationError(QT_TR_NOOP("the description does not exist"))
        latest = session.exec(
            select(DescriptionVersion)
            .where(
                col(DescriptionVersion.description_id) == description_id,
                col(DescriptionVersion.deleted).is_(False),
            )
            .order_by(col(DescriptionVersion.version_no).desc())
        ).first()
        highest = session.exec(
            select(func.max(DescriptionVersion.version_no)).where(
                col(DescriptionVersion.description_id) == description_id
            )
        ).one()
    if description.body_html == body_html and latest is not None and not new_version:
        return []
    if latest is not None and latest.body_html == body_html and not new_version:
        return []
    changes: list[Change] = []
    update = service.plan_update(
        Description, description_id, "save description", body_html=body_html
    )
    if update is not None:
        changes.append(update)
    same_session = (
        latest is not None
        and not new_version
        and latest.author == service.author
        and now - _aware(latest.saved_at) < EDIT_SESSION
        and (since is None or _aware(latest.saved_at) >= _aware(since))
    )
    if same_session and latest is not None:
        version = service.plan_update(
            DescriptionVersion, latest.id, "autosave", body_html=body_html, saved_at=now
        )
        if version is not None:
            changes.append(version)
    else:
        changes.append(
            service.plan_create(
                DescriptionVersion,
                label=QT_TR_NOOP("save description"),
                description_id=description_id,
                version_no=(highest or 0) + 1,
                body_html=body_html,
                author=service.author,
                saved_at=now,
            )
        )
    return changes


def save(
    service: DataService, description_id: uuid.UUID, body_html: str, **options: object
) -> list[Change]:
    changes = plan_save(service, description_id, body_html, **options)  # type: ignore[arg-type]
    for change in changes:
        service.apply(change)
    return changes


def plan_restore(
    service: DataService, description_id: uuid.UUID, version_id: uuid.UUID
) -> list[Change]:
    """Restoring a version saves its text again, as a new version."""
    with service.database.session() as session:
        version = session.get(DescriptionVersion, version_id)
    if version is None or version.description_id != description_id:
        raise ValidationError(QT_TR_NOOP("that version does not belong to this description"))
    return plan_save(service, description_id, version.body_html, new_version=True)


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


# -- text and differences -------------------------------------------------------------------

_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "ul", "ol", "table"}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script", "head", "title"):
            self._skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
            if tag == "li":
                self.parts.append("• ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "head", "title"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def plain_text(body_html: str) -> str:
    """The text of a description, one line per paragraph, heading or list item."""
    if "<" not in body_html:
        return html.unescape(body_html).strip()
    parser = _TextParser()
    parser.feed(body_html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


@dataclass(frozen=True)
class DiffRow:
    """One row of a side-by-side difference: ``tag`` is equal, replace, delete or insert."""

    tag: str
    left: str | None
    right: str | None


def diff(old_html: str, new_html: str) -> list[DiffRow]:
    """The two texts line by line, side by side, aligned where they agree."""
    old = plain_text(old_html).splitlines()
    new = plain_text(new_html).splitlines()
    rows: list[DiffRow] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            rows.extend(
                DiffRow("equal", old[i], new[j])
                for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
            )
            continue
        left = old[i1:i2]
        right = new[j1:j2]
        for k in range(max(len(left), len(right))):
            a = left[k] if k < len(left) else None
            b = right[k] if k < len(right) else None
            kind = (
                "replace"
                if a is not None and b is not None
                else ("delete" if b is None else "insert")
            )
            rows.append(DiffRow(kind, a, b))
    return rows


# -- search ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchHit:
    description_id: uuid.UUID
    kind: str
    title: str
    snippet: str
    unit_lineage_id: uuid.UUID | None
    role_id: uuid.UUID | None


def search(database: Database, query: str, limit: int = 200) -> list[SearchHit]:
    """Descriptions whose title or text holds every word of ``query`` (case ignored)."""
    words = query.casefold().split()
    if not words:
        return []
    hits: list[SearchHit] = []
    with database.session() as session:
        rows = session.exec(
            select(  # type: ignore[call-overload]  # sqlmodel types select() for up to 4 columns
                Description.id,
                Description.kind,
                Description.title,
                Description.body_html,
                Description.unit_lineage_id,
                Description.role_id,
            )
            .where(col(Description.deleted).is_(False))
            .order_by(col(Description.title))
        )
        for description_id, kind, title, body, lineage, role in rows:
            folded = body.casefold()
            title_folded = title.casefold()
            # Cheap test on the raw HTML first; only candidates are turned into text.
            if not all(word in folded or word in title_folded for word in words):
                continue
            text = plain_text(body)
            text_folded = text.casefold()
            if not all(word in text_folded or word in title_folded for word in words):
                continue
            hits.append(
                SearchHit(description_id, kind, title, _snippet(text, words), lineage, role)
            )
            if len(hits) >= limit:
                break
    return hits


def _snippet(text: str, words: list[str], width: int = 80) -> str:
    flat = " ".join(text.split())
    position = flat.casefold().find(words[0])
    if position < 0:
        return flat[:width]
    start = max(0, position - width // 3)
    prefix = "…" if start else ""
    suffix = "…" if start + width < len(flat) else ""
    return prefix + flat[start : start + width] + suffix


# -- for export -----------------------------------------------------------------------------


def scenario_function_descriptions(
    database: Database, scenario_id: uuid.UUID
) -> list[tuple[Unit, Description]]:
    """The function descriptions of a scenario's units, in tree order."""
    from fredapp.core.calc.scenarios import scenario_units

    ordered = UnitTree(scenario_units(database, scenario_id)).preorder()
    with database.session() as session:
        found = session.exec(
            select(Description).where(
                col(Description.kind) == DescriptionKind.FUNCTION.value,
                col(Description.deleted).is_(False),
                col(Description.unit_lineage_id).in_([unit.lineage_id for unit in ordered]),
            )
        ).all()
    by_lineage = {description.unit_lineage_id: description for description in found}
    return [
        (unit, by_lineage[unit.lineage_id]) for unit in ordered if unit.lineage_id in by_lineage
    ]


def scenario_name(database: Database, scenario_id: uuid.UUID) -> str:
    with database.session() as session:
        scenario = session.get(Scenario, scenario_id)
    return scenario.name if scenario else ""
