"""Alembic migrations of FredApp's schema; run from :mod:`fredapp.core.db`."""
