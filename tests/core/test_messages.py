"""Core messages stay translatable: literal templates whose fields are all given."""

from __future__ import annotations

import ast
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from fredapp.core.errors import FredAppError, ImportExportError, ValidationError
from fredapp.core.messages import QT_TR_NOOP, Message, message

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "fredapp" / "core"
UI = ROOT / "fredapp" / "ui"
ERROR_CLASSES = {
    "FredAppError",
    "DatabaseError",
    "ImportExportError",
    "ValidationError",
    "Cancelled",
    "SyncError",
    "HubUnavailable",
    "HubLocked",
    "HubRefused",
    "DuplicatePeriodError",
    "DiskFullError",
    "ClockError",
    "RejectedData",
}
MESSAGE_FACTORIES = {"message", "Message"}


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def marked_template(node: ast.expr) -> str | None:
    """The literal of ``QT_TR_NOOP("...")``, or None for anything else."""
    if (
        isinstance(node, ast.Call)
        and called_name(node) == "QT_TR_NOOP"
        and len(node.args) == 1
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ):
        return node.args[0].value
    return None


def problems_in(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            not isinstance(node, ast.Call)
            or called_name(node) not in ERROR_CLASSES | MESSAGE_FACTORIES
        ):
            continue
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        if not node.args:
            continue
        first = node.args[0]
        template = marked_template(first)
        if template is None:
            # A variable or a call may carry a Message built elsewhere (and checked there);
            # text assembled here cannot be translated.
            if isinstance(first, (ast.Constant, ast.JoinedStr, ast.BinOp)) or (
                isinstance(first, ast.Call) and called_name(first) in {"join", "format"}
            ):
                found.append(f"{where}: the message is not a QT_TR_NOOP template")
            continue
        given = {keyword.arg for keyword in node.keywords if keyword.arg is not None}
        spreads = any(keyword.arg is None for keyword in node.keywords)
        needed = fields(template)
        if needed - given and not spreads:
            found.append(f"{where}: no value for {sorted(needed - given)}")
        extra = given - needed - {"periods"}
        if extra:
            found.append(f"{where}: {sorted(extra)} not in the template")
    return found


@pytest.mark.parametrize("folder", [CORE, UI], ids=["core", "ui"])
def test_every_error_message_is_a_marked_template_with_its_values(folder: Path) -> None:
    """The UI raises FredApp's errors too (exports); the same rule holds there."""
    problems = [problem for path in sorted(folder.rglob("*.py")) for problem in problems_in(path)]
    assert problems == []


def test_bokmal_translations_keep_the_fields_of_their_templates() -> None:
    ts = ROOT / "resources" / "i18n" / "fredapp_nb.ts"
    mismatched = []
    for context in ET.parse(ts).getroot().iter("context"):
        if (context.findtext("name") or "") != "":
            continue
        for item in context.iter("message"):
            source = item.findtext("source") or ""
            translation = item.findtext("translation") or ""
            if translation and fields(source) != fields(translation):
                mismatched.append(source)
    assert mismatched == []


def test_a_message_renders_its_values_and_nested_messages() -> None:
    rows = [message(QT_TR_NOOP("row {row}: {problem}"), row=n, problem="bad") for n in (2, 5)]
    outer = message(QT_TR_NOOP("{file}: nothing was imported:\n{rows}"), file="a.csv", rows=rows)
    assert outer.render() == "a.csv: nothing was imported:\nrow 2: bad\nrow 5: bad"
    bokmal = {
        "row {row}: {problem}": "rad {row}: {problem}",
        "{file}: nothing was imported:\n{rows}": "{file}: ingenting ble importert:\n{rows}",
    }
    translated = outer.render(lambda text: bokmal.get(text, text))
    assert translated == "a.csv: ingenting ble importert:\nrad 2: bad\nrad 5: bad"


def test_an_error_is_english_text_and_keeps_its_template() -> None:
    error = ValidationError(QT_TR_NOOP("headcount cannot be negative ({value})"), value=-3)
    assert str(error) == "headcount cannot be negative (-3)"
    assert error.message == Message("headcount cannot be negative ({value})", {"value": -3})
    wrapped = ImportExportError(QT_TR_NOOP("{file}: {reason}"), file="x.csv", reason=error)
    assert str(wrapped) == "x.csv: headcount cannot be negative (-3)"


def test_a_translation_with_a_wrong_field_still_shows_the_message() -> None:
    error = FredAppError(QT_TR_NOOP("unit {name} is gone"), name="HR")
    assert error.message.render(lambda _: "enheten {navn} er borte") == "unit HR is gone"


def test_values_with_braces_are_not_read_as_fields() -> None:
    assert str(ValidationError(QT_TR_NOOP("'{text}' is refused"), text="{x}")) == "'{x}' is refused"


@pytest.mark.parametrize("text", ["plain", ""])
def test_an_error_without_values_is_its_text(text: str) -> None:
    assert str(FredAppError(text)) == text
