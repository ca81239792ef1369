"""Every change the board makes, planned through the service and pushed on the undo stack."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from fredapp.core import queries
from fredapp.core.errors import FredAppError
from fredapp.core.io.cancel import CancelCheck
from fredapp.core.io.measures import ImportPlan, plan_measure_import
from fredapp.core.models import Measure, MeasureUnitLink
from fredapp.core.operations import Operation
from fredapp.core.service import Change, DataService
from fredapp.ui import labels
from fredapp.ui.board.dialog import MeasureValues
from fredapp.ui.board.model import MeasureTableModel
from fredapp.ui.context import AppContext
from fredapp.ui.messages import error_text
from fredapp.ui.undo import push_operation


class BoardActions:
    def __init__(self, context: AppContext, model: MeasureTableModel) -> None:
        self.context = context
        self.model = model
        self.error_handler: Callable[[str], None] = lambda message: None

    @property
    def service(self) -> DataService:
        return self.context.service

    def _push_all(self, changes: list[Change], text: str) -> bool:
        """Validate every change first, then push them as one undo step."""
        try:
            for change in changes:
                self.service.validate(change)
        except FredAppError as exc:
            self.error_handler(error_text(exc))
            return False
        if not changes:
            return False
        push_operation(self.context.undo_stack, self.service, Operation.named(text, changes))
        return True

    # -- moves -----------------------------------------------------------------------------

    def move(self, ids: list[uuid.UUID], **values: str) -> bool:
        """Set ``values`` (e.g. status, level) on the measures ``ids``; one undo step."""
        changes = []
        for measure_id in ids:
            change = self.service.plan_update(Measure, measure_id, **values)
            if change is not None:
                changes.append(change)
        if not changes:
            return False
        codes = ", ".join(self._code(c.record_id) for c in changes)
        if "status" in values:
            where = labels.measure_status(values["status"])
        elif "dimension" in values:
            where = labels.dimension(values["dimension"])
        else:
            where = labels.measure_level(values.get("level", ""))
        text = (
            QCoreApplication.translate("BoardActions", "Move %1 to %2")
            .replace("%1", codes)
            .replace("%2", where)
        )
        return self._push_all(changes, text)

    def set_ratings(self, measure_id: uuid.UUID, effect: int, effort: int) -> bool:
        change = self.service.plan_update(Measure, measure_id, effect=effect, effort=effort)
        if change is None:
            return False
        text = QCoreApplication.translate("BoardActions", "Rate %1: effect %2, effort %3")
        text = text.replace("%1", self._code(measure_id)).replace("%2", str(effect))
        return self._push_all([change], text.replace("%3", str(effort)))

    # -- edit, create, delete --------------------------------------------------------------

    def save(self, measure: Measure | None, values: MeasureValues) -> uuid.UUID | None:
        """Write the dialog's values as one undo step; the measure's id, or None if refused."""
        measure_id, changes, text = self._plan(measure, values)
        if not changes:
            return measure_id
        return measure_id if self._push_all(changes, text) else None

    def refusal(self, measure: Measure | None, values: MeasureValues) -> FredAppError | None:
        """Why the service would refuse the dialog's values (an identity number in the notes,
        a value out of range), or None: asked before the dialog closes, so nothing typed in
        it is lost to a refusal."""
        try:
            for change in self._plan(measure, values)[1]:
                self.service.validate(change)
        except FredAppError as exc:
            return exc
        return None

    def _plan(
        self, measure: Measure | None, values: MeasureValues
    ) -> tuple[uuid.UUID, list[Change], str]:
        """The measure's id, the changes that write ``values`` and the undo step's name."""
        fields = dict(values.fields)
        changes: list[Change] = []
        if measure is None:
            order = max((m.sort_order for m in self.model.records()), default=-1) + 1
            change = self.service.plan_create(
                Measure, f"{fields['code']}", sort_order=order, **fields
            )
            measure_id = change.record_id
            changes.append(change)
            text = QCoreApplication.translate("BoardActions", "New measure %1").replace(
                "%1", fields["code"]
            )
        else:
            measure_id = measure.id
            update = self.service.plan_update(Measure, measure.id, **fields)
            if update is not None:
                changes.append(update)
            text = QCoreApplication.translate("BoardActions", "Edit %1").replace(
                "%1", fields["code"]
            )
        changes.extend(self._link_changes(measure_id, values.lineages))
        return measure_id, changes, text

    def _link_changes(self, measure_id: uuid.UUID, wanted: set[uuid.UUID]) -> list[Change]:
        links = queries.links_of(self.context.database, measure_id)
        have = {link.unit_lineage_id: link for link in links}
        changes = [
            self.service.plan_delete(MeasureUnitLink, link.id)
            for lineage, link in have.items()
            if lineage not in wanted
        ]
        changes.extend(
            self.service.plan_create(
                MeasureUnitLink, measure_id=measure_id, unit_lineage_id=lineage
            )
            for lineage in sorted(wanted - set(have), key=str)
        )
        return changes

    def delete(self, ids: list[uuid.UUID]) -> bool:
        if not ids:
            return False
        changes = [self.service.plan_delete(Measure, measure_id) for measure_id in ids]
        codes = ", ".join(self._code(i) for i in ids)
        return self._push_all(
            changes, QCoreApplication.translate("BoardActions", "Delete %1").replace("%1", codes)
        )

    # -- import ----------------------------------------------------------------------------

    def import_file(self, path: Path) -> ImportPlan:
        """Import a file as one undo step; raises ImportExportError and changes nothing."""
        plan = self.plan_import(path)
        self.apply_import(path, plan)
        return plan

    def plan_import(self, path: Path, cancelled: CancelCheck | None = None) -> ImportPlan:
        """Read and check ``path``; only reads the database, so it may run in a thread."""
        return plan_measure_import(self.service, path, cancelled, reading=labels.reading())

    def apply_import(self, path: Path, plan: ImportPlan) -> None:
        """Write a checked import as one undo step (on the UI thread)."""
        if plan.changes:
            text = QCoreApplication.translate("BoardActions", "Import %1").replace("%1", path.name)
            operation = Operation(text, tuple(plan.changes))
            push_operation(self.context.undo_stack, self.service, operation)

    def _code(self, measure_id: uuid.UUID) -> str:
        row = self.model.row_of(measure_id)
        return self.model.record(row).code if row is not None else "?"
