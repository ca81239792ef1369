"""Shows the core's messages in the user's language.

The core marks its message templates with ``QT_TR_NOOP`` (empty context, see
``fredapp.core.messages``); this is where they meet the installed translator.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fredapp.core.errors import FredAppError
from fredapp.core.messages import Message

CORE_CONTEXT = ""  # lupdate files QT_TR_NOOP outside a Qt class under the empty context


def translate_core(template: str) -> str:
    return QCoreApplication.translate(CORE_CONTEXT, template)


def message_text(message: Message) -> str:
    """``message`` in the user's language."""
    return message.render(translate_core)


def error_text(error: BaseException) -> str:
    """What to show a user for ``error``: FredApp's errors translated, others as they are.

    A refusal that names a field of a table (``note`` of ``checklistitem``) names it as the
    window does ("Notat"), never by its column name.
    """
    if isinstance(error, FredAppError):
        return message_text(people_names(error.message))
    return str(error)


def refused_field(error: BaseException) -> str | None:
    """The column a refusal is about (``note``), or None when it names none."""
    if not isinstance(error, FredAppError):
        return None
    field = error.message.values.get("field")
    return field if isinstance(field, str) else None


def people_names(message: Message) -> Message:
    """``message`` with its ``field`` and ``table`` values named as a person knows them."""
    # Here, not at the top: the launch screen shows errors before the data layer is loaded.
    from fredapp.ui.record_names import field_name, table_name

    values = dict(message.values)
    table, field = values.get("table"), values.get("field")
    if isinstance(table, str) and isinstance(field, str):
        values["field"] = field_name(table, field)
    if isinstance(table, str):
        values["table"] = table_name(table)
    nested = {
        name: people_names(value) for name, value in values.items() if isinstance(value, Message)
    }
    return Message(message.template, {**values, **nested})
