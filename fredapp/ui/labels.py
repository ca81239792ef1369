"""Translated names for the core's coded values (statuses, dimensions, levels), and the words
the window hands the core's exports and imports.

The English names live in :mod:`fredapp.core.vocabulary` (one source for the window and the
files); this module translates them with Qt. :func:`sheet_words` is the UI language for a file
people read, :func:`reading` what an import understands: the codes, English and bokmål.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from fredapp.core import vocabulary
from fredapp.core.paths import resources_dir
from fredapp.core.vocabulary import Reading, Translate, Words

_CONTEXT = "Labels"
LANGUAGES = ("nb", "en")

DIMENSIONS = dict(vocabulary.DIMENSIONS.names)
MEASURE_STATUSES = dict(vocabulary.MEASURE_STATUSES.names)
MEASURE_LEVELS = dict(vocabulary.MEASURE_LEVELS.names)
GOAL_DIRECTIONS = dict(vocabulary.GOAL_DIRECTIONS.names)
DESCRIPTION_KINDS = dict(vocabulary.DESCRIPTION_KINDS.names)


def label(table: dict[str, str], code: str) -> str:
    """The translated name of ``code``, or the code itself when it is unknown."""
    source = table.get(code)
    return QCoreApplication.translate(_CONTEXT, source) if source else code


def dimension(code: str) -> str:
    return label(DIMENSIONS, code)


def measure_status(code: str) -> str:
    return label(MEASURE_STATUSES, code)


def measure_level(code: str) -> str:
    return label(MEASURE_LEVELS, code)


def goal_direction(code: str) -> str:
    return label(GOAL_DIRECTIONS, code)


def description_kind(code: str) -> str:
    return label(DESCRIPTION_KINDS, code)


# -- words for files -----------------------------------------------------------------------


def _app_translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def sheet_words() -> Words:
    """The window's language, for a spreadsheet people read (what the window exports)."""
    return Words(_app_translate)


def translator(language: str) -> Translate:
    """The words of ``language`` ("nb" or "en") from its ``.qm``, without installing it.

    English is the source language: its words are the sources themselves. Usable without a
    QApplication (the command line uses it).
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    loaded = QTranslator()
    if language == "en" or not loaded.load(f"fredapp_{language}", str(resources_dir() / "i18n")):
        return lambda _context, source: source

    def translate(context: str, source: str) -> str:
        return loaded.translate(context, source) or source

    translate.translator = loaded  # type: ignore[attr-defined]  # kept alive with the function
    return translate


def language_words(language: str) -> Words:
    """The words of ``language`` for a file, whatever language the window shows."""
    return Words(translator(language))


def files_reading() -> Reading:
    """What an import understands: the codes, and the names in bokmål and English."""
    return Reading(translator(language) for language in LANGUAGES)


def reading() -> Reading:
    """Like :func:`files_reading`, and the window's own language first."""
    return Reading((_app_translate, *(translator(language) for language in LANGUAGES)))
