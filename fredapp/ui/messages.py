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
    """What to show a user for ``error``: FredApp's errors translated, others as they are."""
    if isinstance(error, FredAppError):
        return message_text(error.message)
    return str(error)
