"""The UI's language: bokmål by default, English selectable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from fredapp.core.paths import resources_dir

DEFAULT_LANGUAGE = "nb"
LANGUAGES = {"nb": "Norsk bokmål", "en": "English"}
_LOCALES = {
    "nb": QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def translations_dir() -> str:
    return str(resources_dir() / "i18n")


def normalise(language: object) -> str:
    return language if isinstance(language, str) and language in LANGUAGES else DEFAULT_LANGUAGE


class Translations:
    """Keeps the installed translator alive and swaps it when the language changes."""

    def __init__(self) -> None:
        self._translator: QTranslator | None = None
        self.language = DEFAULT_LANGUAGE

    def install(self, language: str) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        self.language = normalise(language)
        QLocale.setDefault(_LOCALES[self.language])
        translator = QTranslator(app)
        if translator.load(f"fredapp_{self.language}", translations_dir()):
            app.installTranslator(translator)
            self._translator = translator
