"""Errors the user can act on carry a message meant for people.

Raise them with a ``QT_TR_NOOP`` template and its values, so the window can show the
message in the user's language::

    raise ValidationError(QT_TR_NOOP("headcount cannot be negative ({value})"), value=value)

``str(error)`` is the English text (CLI, log); ``error.message`` keeps template and values.
"""

from __future__ import annotations

from typing import Any

from fredapp.core.messages import Message


class FredAppError(Exception):
    """A known failure with a message that names what is wrong."""

    def __init__(self, template: str | Message = "", /, **values: Any) -> None:
        self.message = template if isinstance(template, Message) else Message(template, values)
        super().__init__(self.message.render())


class DatabaseError(FredAppError):
    """The database file cannot be used: not SQLite, not FredApp's, too new, unreadable."""


class ImportExportError(FredAppError):
    """A file could not be imported or exported; nothing was changed."""


class ValidationError(FredAppError):
    """A value a user entered is refused."""


class Cancelled(FredAppError):
    """The user stopped long work; whatever it was writing was discarded."""
