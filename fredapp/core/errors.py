"""Errors the user can act on carry a message meant for people."""


class FredAppError(Exception):
    """A known failure with a message that names what is wrong."""


class DatabaseError(FredAppError):
    """The database file cannot be used: not SQLite, not FredApp's, too new, unreadable."""


class ImportExportError(FredAppError):
    """A file could not be imported or exported; nothing was changed."""


class ValidationError(FredAppError):
    """A value a user entered is refused."""


class Cancelled(FredAppError):
    """The user stopped long work; whatever it was writing was discarded."""
