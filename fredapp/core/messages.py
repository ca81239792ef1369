"""Texts people read, kept translatable although the core never imports Qt.

A core message is an English template with named fields, marked with ``QT_TR_NOOP`` so
Qt's ``lupdate`` collects it into the ``.ts`` files (in the empty context). The core keeps
the template and its values apart; the UI translates the template and fills in the values
(``fredapp.ui.messages.error_text``), and everything else — the CLI, the log, ``str()`` —
gets the English text.

Field values may themselves be messages, or lists of messages (shown one per line), so a
list of refused rows is translated row by row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

Translate = Callable[[str], str]


def QT_TR_NOOP(text: str) -> str:  # named as lupdate expects
    """Mark ``text`` as a translatable template; returns it unchanged."""
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # named as lupdate expects
    """Mark ``text`` for translation in ``context``; typed ``str``, unlike PySide6's own."""
    return text


def _untranslated(text: str) -> str:
    return text


@dataclass(frozen=True)
class Message:
    """An English template and the values of its ``{named}`` fields."""

    template: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Translate = _untranslated) -> str:
        text = translate(self.template)
        if not self.values:
            return text
        filled = {name: render_value(value, translate) for name, value in self.values.items()}
        try:
            return text.format(**filled)
        except (KeyError, IndexError, ValueError):
            # A translation that names a field the template lacks must not hide the error.
            return self.template.format(**filled)

    def __str__(self) -> str:
        return self.render()


def message(template: str, /, **values: Any) -> Message:
    """A ``Message``; ``template`` should be a ``QT_TR_NOOP`` literal."""
    return Message(template, values)


def render_value(value: Any, translate: Translate = _untranslated) -> Any:
    """A field value ready for ``str.format``: messages rendered, lists one per line."""
    if isinstance(value, Message):
        return value.render(translate)
    from fredapp.core.errors import FredAppError  # errors imports this module

    if isinstance(value, FredAppError):
        return value.message.render(translate)
    if isinstance(value, Sequence) and not isinstance(value, str):
        return "\n".join(str(render_value(item, translate)) for item in value)
    return value
