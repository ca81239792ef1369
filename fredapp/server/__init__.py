"""The sync hub service: FredApp's shared data in PostgreSQL, behind a small HTTP service.

A municipality outgrows the shared file (one writer at a time, and everyone who can open it
reads every unit's sick-leave figures). This package is the hub that runs on PostgreSQL:

- :mod:`fredapp.server.schema`: the PostgreSQL schema, its migrations (``fredapp hub init``),
  the service role and the row-level-security policies that decide who sees and changes what;
- :mod:`fredapp.server.users`: users, their roles and units, personal tokens (only a hash is
  stored);
- :mod:`fredapp.server.store`: one push and one pull, in SQL;
- :mod:`fredapp.server.app`: the FastAPI application (``fredapp hub serve``).

It imports no Qt and nothing from ``fredapp.ui`` (an import-linter contract says so), and the
desktop never connects to PostgreSQL: it talks HTTP through
:class:`fredapp.core.sync.remote.ServerHub`. The merge rules are not here: the desktop merges
the server's rows in a SQLite snapshot with the same merge as the shared file, and the server
only takes a record whose stamp is still the one the desktop merged with (compare and swap),
so there is one implementation of the rules.
"""
