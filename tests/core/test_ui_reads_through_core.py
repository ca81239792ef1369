"""The window neither imports a database library nor reaches past the core's queries.

import-linter checks the imports (pyproject.toml); this test checks what it cannot see:
the window reaching the engine the core holds and running SQL text of its own.
"""

from __future__ import annotations

import ast
from pathlib import Path

import fredapp.ui

UI = Path(fredapp.ui.__file__).parent
# Attributes that hand out a connection or run SQL: the window has no business with them.
DATABASE_HANDLES = {"engine", "exec_driver_sql", "session", "connect", "execute"}
SQL_WORDS = ("SELECT ", "UPDATE ", "INSERT INTO", "DELETE FROM")


def _database_uses(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr in DATABASE_HANDLES:
            owner = ast.unparse(node.value)
            if "database" in owner or "engine" in owner or "conn" in owner:
                found.append(f"line {node.lineno}: {owner}.{node.attr}")
        if isinstance(node, ast.Constant) and isinstance(node.value, str):  # noqa: SIM102
            if any(word in node.value for word in SQL_WORDS):
                found.append(f"line {node.lineno}: SQL text {node.value[:40]!r}")
    return found


def test_no_ui_module_opens_the_database_or_runs_sql() -> None:
    offences = {
        str(path.relative_to(UI)): uses
        for path in sorted(UI.rglob("*.py"))
        if (uses := _database_uses(path.read_text(encoding="utf-8")))
    }
    assert offences == {}


def test_the_check_sees_a_session_and_sql_text() -> None:
    source = (
        "def f(context):\n"
        "    with context.database.session() as s:\n"
        "        return s.exec_driver_sql('SELECT 1 FROM unit')\n"
    )
    uses = _database_uses(source)
    assert any("database.session" in use for use in uses)
    assert any("SQL text" in use for use in uses)
